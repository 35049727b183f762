stub: upstream file of 37670 bytes
