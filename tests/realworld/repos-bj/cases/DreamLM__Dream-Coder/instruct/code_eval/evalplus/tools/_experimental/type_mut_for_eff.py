stub: upstream file of 15797 bytes
