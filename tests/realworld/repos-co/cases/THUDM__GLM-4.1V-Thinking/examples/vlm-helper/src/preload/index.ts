stub: upstream file of 8578 bytes
