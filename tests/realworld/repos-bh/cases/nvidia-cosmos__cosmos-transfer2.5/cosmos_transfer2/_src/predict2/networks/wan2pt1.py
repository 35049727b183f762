stub: upstream file of 36728 bytes
