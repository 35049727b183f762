stub: upstream file of 72578 bytes
