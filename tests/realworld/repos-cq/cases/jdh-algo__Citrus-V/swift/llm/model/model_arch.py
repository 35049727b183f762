stub: upstream file of 18826 bytes
