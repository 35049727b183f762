stub: upstream file of 13578 bytes
