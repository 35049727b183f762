stub: upstream file of 46578 bytes
