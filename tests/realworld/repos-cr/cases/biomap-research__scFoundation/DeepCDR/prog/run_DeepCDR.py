stub: upstream file of 17443 bytes
