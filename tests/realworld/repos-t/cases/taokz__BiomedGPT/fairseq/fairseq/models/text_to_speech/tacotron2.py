stub: upstream file of 14927 bytes
