stub: upstream file of 16775 bytes
