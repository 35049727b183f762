stub: upstream file of 15748 bytes
