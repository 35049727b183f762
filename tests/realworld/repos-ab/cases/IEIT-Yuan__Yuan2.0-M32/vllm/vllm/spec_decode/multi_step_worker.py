stub: upstream file of 16578 bytes
