stub: upstream file of 18578 bytes
