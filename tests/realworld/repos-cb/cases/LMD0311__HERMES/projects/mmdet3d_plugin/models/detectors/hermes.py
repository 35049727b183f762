stub: upstream file of 20941 bytes
