stub: upstream file of 29578 bytes
