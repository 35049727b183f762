stub: upstream file of 14775 bytes
