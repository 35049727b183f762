stub: upstream file of 12578 bytes
