stub: upstream file of 2412980 bytes
