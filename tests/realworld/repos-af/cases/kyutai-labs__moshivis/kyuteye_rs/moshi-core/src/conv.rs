stub: upstream file of 21188 bytes
