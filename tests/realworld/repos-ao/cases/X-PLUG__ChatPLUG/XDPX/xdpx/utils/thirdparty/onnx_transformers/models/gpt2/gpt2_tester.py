stub: upstream file of 19578 bytes
