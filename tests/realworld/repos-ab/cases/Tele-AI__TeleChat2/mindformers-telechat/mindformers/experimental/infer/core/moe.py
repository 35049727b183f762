stub: upstream file of 18707 bytes
