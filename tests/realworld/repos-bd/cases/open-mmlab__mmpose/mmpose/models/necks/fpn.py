stub: upstream file of 8775 bytes
