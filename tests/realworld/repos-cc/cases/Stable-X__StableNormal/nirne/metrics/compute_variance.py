stub: upstream file of 6578 bytes
