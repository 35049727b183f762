stub: upstream file of 8611 bytes
