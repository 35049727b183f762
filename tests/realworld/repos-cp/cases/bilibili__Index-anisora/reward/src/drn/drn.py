stub: upstream file of 10317 bytes
