stub: upstream file of 26769 bytes
