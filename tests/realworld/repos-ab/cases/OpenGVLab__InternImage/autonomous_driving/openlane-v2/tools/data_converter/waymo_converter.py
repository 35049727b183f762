stub: upstream file of 22578 bytes
