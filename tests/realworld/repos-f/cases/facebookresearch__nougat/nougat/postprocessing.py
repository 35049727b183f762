stub: upstream file of 16892 bytes
