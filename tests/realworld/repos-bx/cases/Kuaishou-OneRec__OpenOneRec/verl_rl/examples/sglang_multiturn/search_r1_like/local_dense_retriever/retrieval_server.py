stub: upstream file of 14578 bytes
