stub: upstream file of 32651 bytes
