stub: upstream file of 57578 bytes
