stub: upstream file of 70834 bytes
