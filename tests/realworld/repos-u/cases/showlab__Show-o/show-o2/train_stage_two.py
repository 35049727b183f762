stub: upstream file of 41153 bytes
