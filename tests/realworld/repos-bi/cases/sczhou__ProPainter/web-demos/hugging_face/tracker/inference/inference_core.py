stub: upstream file of 17433 bytes
