stub: upstream file of 5578 bytes
