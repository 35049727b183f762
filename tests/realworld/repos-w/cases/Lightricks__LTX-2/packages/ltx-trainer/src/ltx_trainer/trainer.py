stub: upstream file of 50385 bytes
