stub: upstream file of 10443 bytes
