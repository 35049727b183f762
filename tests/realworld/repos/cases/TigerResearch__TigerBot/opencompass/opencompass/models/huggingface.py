stub: upstream file of 26578 bytes
