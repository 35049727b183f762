stub: upstream file of 18028 bytes
