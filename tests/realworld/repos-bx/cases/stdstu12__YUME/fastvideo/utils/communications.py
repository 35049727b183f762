stub: upstream file of 11578 bytes
