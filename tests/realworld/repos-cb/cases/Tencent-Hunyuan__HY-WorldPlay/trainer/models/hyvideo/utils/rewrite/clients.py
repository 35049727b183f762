stub: upstream file of 9578 bytes
