stub: upstream file of 28578 bytes
