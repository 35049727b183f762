stub: upstream file of 4578 bytes
