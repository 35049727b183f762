stub: upstream file of 36578 bytes
