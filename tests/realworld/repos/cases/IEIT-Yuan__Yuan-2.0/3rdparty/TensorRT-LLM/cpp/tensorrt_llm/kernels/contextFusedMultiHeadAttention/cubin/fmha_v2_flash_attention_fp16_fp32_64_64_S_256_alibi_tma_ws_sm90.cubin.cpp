stub: upstream file of 1755476 bytes
