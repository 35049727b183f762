stub: upstream file of 27578 bytes
