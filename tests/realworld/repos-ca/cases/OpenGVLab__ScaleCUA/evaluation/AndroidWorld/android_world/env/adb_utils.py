stub: upstream file of 50796 bytes
