stub: upstream file of 89797 bytes
