stub: upstream file of 97578 bytes
