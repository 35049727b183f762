stub: upstream file of 76775 bytes
