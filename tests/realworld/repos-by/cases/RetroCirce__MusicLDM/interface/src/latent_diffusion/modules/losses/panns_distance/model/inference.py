stub: upstream file of 7578 bytes
