stub: upstream file of 17578 bytes
