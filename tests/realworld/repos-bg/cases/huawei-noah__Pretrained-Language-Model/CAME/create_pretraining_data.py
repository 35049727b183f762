stub: upstream file of 17751 bytes
