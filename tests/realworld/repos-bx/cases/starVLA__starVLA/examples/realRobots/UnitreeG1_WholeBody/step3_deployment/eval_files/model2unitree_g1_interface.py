stub: upstream file of 5799 bytes
